import { collectionRoute } from "../serve";

export const dynamic = "force-dynamic";

export const GET = collectionRoute("studies");
