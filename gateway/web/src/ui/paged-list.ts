import { announce, h, replace } from "./dom";
import { errorAlert } from "./feedback";

export interface Page<T> {
  items: T[];
  nextPageToken: string;
}

export interface PagedListOptions<T> {
  /** The list's accessible name, e.g. "Mina rapporter". */
  label: string;
  emptyText: string;
  load: (pageToken: string) => Promise<Page<T>>;
  renderItem: (item: T) => HTMLElement;
}

/**
 * A list that loads its first page at once and the next on "Visa fler", as long as the service gives a page token;
 * loading and errors are shown in place, and screen readers hear how many rows came.
 */
export function pagedList<T>(options: PagedListOptions<T>): HTMLElement {
  const list = h("ul", { class: "cards", "aria-label": options.label });
  const status = h("div", {});
  const more = h("button", { type: "button", class: "secondary" }, "Visa fler");
  const container = h("div", { class: "paged-list" }, list, status);
  let pageToken = "";
  let shown = 0;

  async function loadPage(): Promise<void> {
    more.remove();
    replace(status, h("p", { class: "loading" }, "Hämtar…"));
    try {
      const page = await options.load(pageToken);
      list.append(...page.items.map((item) => h("li", {}, options.renderItem(item))));
      shown += page.items.length;
      pageToken = page.nextPageToken;
      replace(status, shown === 0 ? h("p", {}, options.emptyText) : null);
      if (pageToken) {
        container.append(more);
      }
      if (shown > 0) {
        announce(`${shown} visas${pageToken ? ", fler finns" : ""}.`);
      }
    } catch (error) {
      replace(status, errorAlert(error));
    }
  }

  more.addEventListener("click", () => {
    void loadPage();
  });
  void loadPage();
  return container;
}
