/**
 * The list of every page of a paged list, reached from a pager's jump form (?page=n): open page n
 * at once. Without JavaScript the list itself is the answer; an n out of range leaves it shown.
 */
const n = Number(new URLSearchParams(location.search).get('page'));
const links = document.querySelectorAll<HTMLAnchorElement>('[data-pages-index] > li > a');
if (Number.isInteger(n) && n >= 1 && n <= links.length) location.replace(links[n - 1].href);
