import { describe, expect, test } from 'vitest';
import raw from '../../../content/site.json';
import { siteSchema } from '../../../src/lib/content/site';

describe('content/site.json publishing fields', () => {
  test('the publisher and a corrections contact are required', () => {
    const { publisher: _, ...withoutPublisher } = raw;
    expect(siteSchema.safeParse(withoutPublisher).success).toBe(false);
  });

  test('the contact is an e-mail address or an absolute URL, nothing else', () => {
    const withContact = (correctionsContact: string) => siteSchema.safeParse({ ...raw, publisher: { ...raw.publisher, correctionsContact } });
    expect(withContact('corrections@newsroom.org').success).toBe(true);
    expect(withContact('https://newsroom.org/corrections').success).toBe(true);
    const bad = withContact('call us');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].path).toEqual(['publisher', 'correctionsContact']);
  });

  test('firstPublished, when given, is a real calendar day', () => {
    expect(siteSchema.safeParse({ ...raw, firstPublished: '2027-01-05' }).success).toBe(true);
    expect(siteSchema.safeParse({ ...raw, firstPublished: '2027-02-30' }).success).toBe(false);
    expect(siteSchema.safeParse({ ...raw, firstPublished: '2027' }).success).toBe(false);
  });
});
