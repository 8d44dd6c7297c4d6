// Where the work of a roadmap step happens in Impactkoers. An area without a page yet says so plainly.
import type { Permission } from "./permissions";
import type { WorkArea } from "./scenarios";

export type WorkAreaLink = { href: string; permission?: Permission } | null;

export const WORK_AREAS: Record<WorkArea, WorkAreaLink> = {
  programmes: { href: "/programmes" },
  learningQuestions: { href: "/learning-questions", permission: "learningQuestions.read" },
  training: { href: "/training", permission: "learningTracks.read" },
  trainingModules: { href: "/training/modules", permission: "learningTracks.read" },
  trainingResults: { href: "/training/overview", permission: "trainingOverview.read" },
  partners: { href: "/admin/partners", permission: "partners.manage" },
  opgaven: { href: "/opgaven", permission: "opgaven.read" },
  strategicSessions: { href: "/strategic-sessions", permission: "opgaven.read" },
  // A veranderplan belongs to one opgave: the register is where each plan is opened.
  changePlans: { href: "/opgaven", permission: "opgaven.read" },
  subsidies: { href: "/subsidies", permission: "subsidies.read" },
};
