/** The registry as saved in a snapshot, validated when read back. */
import { z } from 'zod';

const quoteSchema = z.object({
  text: z.string(),
  speaker: z.string().nullable(),
  mention: z.string().nullable(),
  descriptor: z.string().optional(),
  kind: z.enum(['full', 'partial']),
  paragraph: z.number().int().min(1),
});

const dataSchema = z.object({
  version: z.literal(1),
  articles: z.array(
    z.object({
      article: z.object({
        id: z.string(),
        title: z.string(),
        source: z.string(),
        url: z.string().optional(),
      }),
      quotes: z.array(quoteSchema),
    }),
  ),
});

export type RegistryData = z.infer<typeof dataSchema>;

/** Checks saved registry data, with a one-line reason when it is not. */
export function parseRegistryData(data: unknown): RegistryData {
  const parsed = dataSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `Not a saved speaker registry: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim(),
    );
  }
  return parsed.data;
}
