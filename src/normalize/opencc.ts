/**
 * Traditional → simplified conversion with OpenCC's small `t2cn` build.
 *
 * The dictionary is imported only when a traditional report arrives (a separate chunk in
 * browsers), and the converter is built once and reused: building it costs ~10 ms.
 */
type Convert = (text: string) => string;

let converter: Promise<Convert> | undefined;

async function createConverter(): Promise<Convert> {
  const OpenCC = (await import('opencc-js/t2cn')) as unknown as {
    Converter: (options: { from: string; to: string }) => Convert;
  };
  return OpenCC.Converter({ from: 't', to: 'cn' });
}

export async function toSimplified(text: string): Promise<string> {
  converter ??= createConverter().catch((error: unknown) => {
    converter = undefined;
    throw error;
  });
  const convert = await converter;
  return convert(text);
}
