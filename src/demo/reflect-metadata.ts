// @peculiar/x509 resolves its algorithm providers through tsyringe, which refuses to load
// unless `Reflect.getMetadata` exists (normally supplied by the reflect-metadata package, not
// installed here). tsyringe only reads constructor parameter metadata and keeps its own
// injection-token table with it, so a small own-property store is all it needs. Import this
// module before @peculiar/x509; it steps aside when a full polyfill is already present.

type MetadataKey = string | symbol;

interface ReflectMetadataApi {
  getMetadata(key: MetadataKey, target: object): unknown;
  getOwnMetadata(key: MetadataKey, target: object): unknown;
  defineMetadata(key: MetadataKey, value: unknown, target: object): void;
  hasOwnMetadata(key: MetadataKey, target: object): boolean;
}

const reflect = Reflect as unknown as Partial<ReflectMetadataApi>;

if (typeof reflect.getMetadata !== 'function') {
  const store = new WeakMap<object, Map<MetadataKey, unknown>>();

  const own = (target: object) => store.get(target);

  reflect.getOwnMetadata = (key, target) => own(target)?.get(key);
  reflect.hasOwnMetadata = (key, target) => own(target)?.has(key) ?? false;
  reflect.defineMetadata = (key, value, target) => {
    let entries = own(target);
    if (!entries) store.set(target, (entries = new Map()));
    entries.set(key, value);
  };
  // Metadata is inherited along the prototype chain, as in the reflect-metadata proposal.
  reflect.getMetadata = (key, target) => {
    for (let at: object | null = target; at; at = Object.getPrototypeOf(at) as object | null) {
      const entries = own(at);
      if (entries?.has(key)) return entries.get(key);
    }
    return undefined;
  };
}

export {};
