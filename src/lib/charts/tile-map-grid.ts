/**
 * The tile grid the maps draw (content/tile-grid.json). Imported as a module, not read: the chart
 * registry's inputs (the atlas) carry no layout, and the squares are drawing data fixed with the
 * chart, like a palette. The content loader checks the same file against the division package on
 * every build and names the file and field of any problem; the schema here only gives it its type.
 */
import grid from '../../../content/tile-grid.json';
import { tileGridSchema, type TileGrid } from '../content/schemas.ts';

export const TILE_GRID: TileGrid = tileGridSchema.parse(grid);
