/** Put the reader's own date of access into the citations (the page shows the build's date until then). */
import { formatAccessDate, localIsoDate, type CitationStyle } from '../lib/citation.ts';

const today = localIsoDate(new Date());
for (const time of document.querySelectorAll<HTMLTimeElement>('time[data-access-style]')) {
  const style = time.dataset.accessStyle as CitationStyle;
  if (style !== 'apa' && style !== 'gbt7714') continue;
  time.dateTime = today;
  time.textContent = formatAccessDate(style, today);
}
