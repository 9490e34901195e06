/** The contact guidance's English (`guidance`), for the messages panel only (./thread-advice.ts). */
import { extendEnglish } from '@/utils/i18n/active';
import { EN_GUIDANCE_TABLE } from '@/utils/i18n/english-guidance';

extendEnglish(EN_GUIDANCE_TABLE);
