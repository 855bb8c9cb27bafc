// Only `prisma dev` loads @prisma/streams-local; this project does not use `prisma dev`.
export async function startLocalDurableStreamsServer() {
  throw new Error("prisma dev is not available in this project: @prisma/streams-local (Node 22+) is replaced by a stub so that the install runs on Node 20");
}
