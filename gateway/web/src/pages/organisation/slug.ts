/** "Hemtjänst Öst" → "hemtjanst-ost": an id Organizations accepts. */
export function slug(name: string): string {
  return name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
