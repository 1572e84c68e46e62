/** One choice of a filter: where it links and how it reads. */
export interface FilterOption {
  value: string;
  label: string;
  href: string;
}

/**
 * A row of links that filter a list, the unfiltered list first; the one in use is marked as the current
 * page.
 */
export function FilterChips({
  label,
  all,
  options,
  selected,
}: {
  label: string;
  all: { label: string; href: string };
  options: FilterOption[];
  selected: string | undefined;
}) {
  return (
    <nav aria-label={label}>
      <ul className="chips">
        <li>
          <a href={all.href} aria-current={selected ? undefined : "page"}>
            {all.label}
          </a>
        </li>
        {options.map((option) => (
          <li key={option.value}>
            <a href={option.href} aria-current={option.value === selected ? "page" : undefined}>
              {option.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
