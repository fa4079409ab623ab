/** A link for the corrections contact: an e-mail address becomes mailto:, a URL stays as it is. */
export const contactHref = (contact: string): string => (contact.includes('://') ? contact : `mailto:${contact}`);
