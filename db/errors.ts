// Typed failures of the data layer. Pages turn both into notFound(): a record of another gemeente, or one the
// viewer may not see, must look exactly like a record that does not exist.
export class NotFoundError extends Error {
  constructor(what = "record") {
    super(`${what} not found`);
    this.name = "NotFoundError";
  }
}

export class ForbiddenError extends Error {
  constructor(action = "action") {
    super(`not allowed: ${action}`);
    this.name = "ForbiddenError";
  }
}
