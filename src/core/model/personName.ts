/** The first word of the person's name, as short labels say it: `Dana Whitfield` → `Dana`. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] || name;
}
