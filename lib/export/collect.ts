/** Joins a stream of CSV chunks into one string (tests, and the page before it makes a Blob). */
export async function collect(chunks: AsyncIterable<string>): Promise<string> {
  const parts: string[] = [];
  for await (const c of chunks) parts.push(c);
  return parts.join('');
}
