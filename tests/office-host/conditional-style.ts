/**
 * Font and border styles written to the add-in's conditional formats (ConditionalRangeFont.bold,
 * ConditionalRangeBorder.style …), kept beside the format so that HostConditionalFormat keeps its
 * shape: `font.bold`, `borders.top.style` → value.
 */
import type { HostConditionalFormat } from './workbook';

const styles = new WeakMap<HostConditionalFormat, Record<string, unknown>>();

/** What ConditionalRangeFont and ConditionalRangeBorder take, as the reference lists them (ExcelApi 1.6). */
export const CONDITIONAL_STYLE_PROPERTIES: Record<string, readonly string[]> = {
  ConditionalRangeFont: ['bold', 'italic', 'strikethrough', 'underline'],
  ConditionalRangeBorder: ['style', 'color'],
};

export const BORDER_EDGES = ['top', 'bottom', 'left', 'right'];

export function recordConditionalStyle(format: HostConditionalFormat, path: string, value: unknown): void {
  const style = styles.get(format) ?? {};
  style[path] = value;
  styles.set(format, style);
}

/** The styles written to a format, by path. */
export function conditionalStyle(format: HostConditionalFormat): Record<string, unknown> {
  return styles.get(format) ?? {};
}

/** The same styles on another format (a reopened workbook's copy). */
export function copyConditionalStyle(from: HostConditionalFormat, to: HostConditionalFormat): void {
  const style = styles.get(from);
  if (style) styles.set(to, { ...style });
}
