/** Masks personal data for an administrator's eyes: enough to recognise a recipient, not to contact them. */
export function maskRecipient(recipient: string): string {
  const at = recipient.indexOf('@');
  if (at > 0) return `${recipient[0]}***${recipient.slice(at)}`;
  const digits = recipient.replace(/\D/g, '');
  return digits.length >= 6 ? `${digits.slice(0, 2)}****${digits.slice(-3)}` : '***';
}

/** An error text from an outside service may quote the recipient: addresses and phone numbers in it are masked. */
export function maskText(text: string): string {
  return text
    .replace(/[^\s<>"'@:]+@[^\s<>"']+/g, (address) => maskRecipient(address))
    .replace(/(?<![\d.:-])(?:\+84|84|0)\d{8,10}(?![\d.:-])/g, (phone) => maskRecipient(phone));
}
