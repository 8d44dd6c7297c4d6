// For `npm run bench` only: a page with nothing in it inside the signed-in frame (the session checked, the viewer,
// the header, the navigation and the footer, as on every page). What it costs against the weight page of its size is
// the least any page of the application can cost. Outside benchmark mode it does not exist.

import { notFound } from "next/navigation";
import { benchMode } from "@/db/client";

export default function FramePage() {
  if (!benchMode()) notFound();
  return <h1 className="text-3xl">Leeg</h1>;
}
