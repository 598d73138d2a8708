/** Figure extraction reads text in the one normal form the site uses (src/lib/text/normalise.ts). */
export { normaliseText } from '../text/normalise.ts';
