import type { User, WebConfig } from "./auth/session";

/** What every page may use: the logged-in user, whether she handles incidents, and navigation. */
export interface AppContext {
  config: WebConfig;
  user: User;
  /** A manager, MAS or quality role somewhere: the inbox and the workflow are hers. */
  handlesIncidents: boolean;
  navigate: (path: string) => void;
}

/** A page: its title (the h1 and the document title) and its content, filled in as data arrives. */
export interface PageView {
  title: string;
  content: HTMLElement;
}
