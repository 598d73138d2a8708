/**
 * The suggestions file's name under the search data folder, in a module of its own: the header's
 * suggestion script needs only this name, so it does not import the table of every search file
 * (manifest.ts `searchFiles`), and every page's script stays the same when that table changes.
 */
export const SUGGESTIONS_FILE = 'suggestions.json';
