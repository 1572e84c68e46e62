/** Section names come from folder names such as "business"; readers see "Business". */
export function sectionLabel(name: string): string {
  return name.charAt(0).toLocaleUpperCase("en") + name.slice(1);
}
