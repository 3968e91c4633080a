export function metadataLabel(metadata: Record<string, string>): string {
  return Object.keys(metadata)
    .sort()
    .map((k) => `${k}=${metadata[k]}`)
    .join(', ');
}

export function rowId(targetId: string, split: boolean, seriesId: number): string {
  return `${targetId}\u0000${split ? 's' : 'c'}\u0000${seriesId}`;
}

