import type { User, WebConfig } from "./auth/session";
import type { Role } from "./gen/ledningssystem/common/v1/organization_pb";

/** What every page may use: the logged-in user, whether she handles incidents, and navigation. */
export interface AppContext {
  config: WebConfig;
  user: User;
  /** A manager, MAS or quality role somewhere: the inbox and the workflow are hers. */
  handlesIncidents: boolean;
  /** The roles she holds on some unit: which of the services' pages the menu offers. */
  roles: Set<Role>;
  navigate: (path: string) => void;
}

/** A page: its title (the h1 and the document title) and its content, filled in as data arrives. */
export interface PageView {
  title: string;
  content: HTMLElement;
}
