export default defineBackground(() => {
  // Wiring only; see utils/actions.
});
