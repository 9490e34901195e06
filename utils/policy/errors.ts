/** Invalid input to the policy functions (bad date, unknown marketplace or clock, invalid calendar). */
export class PolicyInputError extends Error {
  override name = 'PolicyInputError';
}
