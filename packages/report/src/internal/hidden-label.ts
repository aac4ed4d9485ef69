import type { Messages } from './messages.js';
import type { HiddenCell } from './report-model.js';

/** What a table shows for a hidden cell: truthful about why (a small group, or protecting one). */
export function hiddenLabel(t: Messages, cell: HiddenCell): string {
  return cell.reason === 'complementary' ? t.table.complementary : t.table.suppressed;
}
