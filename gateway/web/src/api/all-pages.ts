import type { Page } from "../ui/paged-list";

/** Every item of a paged list, for choices that must be complete (a select of providers or units); at most 20 pages. */
export async function allPages<T>(load: (pageToken: string) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let pageToken = "";
  for (let page = 0; page < 20; page++) {
    const next = await load(pageToken);
    items.push(...next.items);
    pageToken = next.nextPageToken;
    if (!pageToken) {
      break;
    }
  }
  return items;
}
