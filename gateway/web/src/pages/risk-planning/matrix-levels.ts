import { RiskLevel } from "../../gen/ledningssystem/risks/v1/risks_pb";

/**
 * The levels of a matrix (row by row from the lowest probability) when its scales change size: each cell that is
 * still there keeps its level, a new cell takes the level of the nearest existing cell (or low when there was none).
 */
export function resizeLevels(levels: RiskLevel[], rows: number, columns: number, newRows: number, newColumns: number): RiskLevel[] {
  const resized: RiskLevel[] = [];
  for (let row = 0; row < newRows; row++) {
    for (let column = 0; column < newColumns; column++) {
      const from = Math.min(row, rows - 1) * columns + Math.min(column, columns - 1);
      resized.push(rows > 0 && columns > 0 ? levels[from] ?? RiskLevel.LOW : RiskLevel.LOW);
    }
  }
  return resized;
}
