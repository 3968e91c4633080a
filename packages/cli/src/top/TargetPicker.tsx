// @jsxRuntime automatic (tsx finds no tsconfig with "jsx" from the repository root; tsc and the bundle set it too)
import { Text } from 'ink';

export interface TargetPickerProps {
  targets: readonly string[];
  index: number;
  current: string | undefined;
  /** Lines available for the list. */
  height: number;
}

/** The target list that `t` opens: ↑/↓ to move, Enter to watch, Esc to close. */
export function TargetPicker({ targets, index, current, height }: TargetPickerProps) {
  const lines = Math.max(1, height - 1);
  const first = Math.min(Math.max(0, index - lines + 1), Math.max(0, targets.length - lines));
  return (
    <>
      <Text bold>Watch which target? ↑/↓ move, Enter watches, Esc closes</Text>
      {targets.length === 0 ? <Text dimColor>no targets yet</Text> : null}
      {targets.slice(first, first + lines).map((t, i) => {
        const at = first + i === index;
        return (
          <Text key={t} inverse={at} wrap="truncate">
            {`${at ? '›' : ' '} ${t}${t === current ? '  (watching)' : ''}`}
          </Text>
        );
      })}
    </>
  );
}
