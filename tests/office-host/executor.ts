/**
 * The RichApi protocol as the real Office.js client speaks it (see excel-web-16.00.debug.js:
 * `ClientRequestContext.syncPrivate`, `ObjectPathFactory`, `ActionFactory`). A request body holds
 * `ObjectPaths` (how to reach an object: global workbook 1, method 3, property 4, indexer 5) and
 * `Actions` (instantiate 1, query 2, method 3, set property 4, trace 5), answered in order with
 * `Results: [{ ActionId, Value }]`. Names arrive in PascalCase ("GetRange", "Values").
 *
 * What Excel enforces and the host too: each member's requirement set (ApiNotFound), stopping at
 * the first failing action with the earlier ones applied (no rollback), null objects, and on the
 * web the 5 MB request and response limit.
 */
import type { ApiSetTable } from './api-sets';
import { HostObject, RichApiError, WacWorkbook, WorkbookObject, type HostState } from './objects';
import type { HostProfile } from './profiles';

interface ArgumentInfo {
  Arguments?: unknown[];
  /** Per argument: 0, or the id of the object path passed in its place. */
  ReferencedObjectPathIds?: unknown[];
}

export interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

export interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}

export interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

export interface ResponseBody {
  Results: Array<{ ActionId: number; Value: unknown }>;
  Error?: { Code: string; Message: string; HttpStatusCode: number; Location: string; ActionIndex: number };
}

const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/** Where the wire name is not the JavaScript name (client: `_invokeSetProperty(this, "Gridlines", …)`). */
const WIRE_NAMES: Record<string, string> = { 'Worksheet.gridlines': 'showGridlines' };
const jsName = (cls: string, wire: string) => WIRE_NAMES[`${cls}.${camel(wire)}`] ?? camel(wire);
const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** Answer one request against the workbook; the body mirrors what Excel returns. */
export function execute(state: HostState, profile: HostProfile, apiSets: ApiSetTable, body: RequestBody, partition?: string): ResponseBody {
  const resolved = new Map<number, HostObject>();
  const results: ResponseBody['Results'] = [];
  // Inside Excel.run the client keeps ranges across syncs: `_KeepReference`, then `_ReferenceId`
  // in the instantiate result, then object paths of type 6 naming that id in later requests.
  const kept = new Set(body.Actions.filter((a) => a.ActionType === 3 && a.Name === '_KeepReference').map((a) => a.ObjectPathId));

  /** Reading (or calling) a member needs its set; setting a property may need a later one. */
  const requireApi = (cls: string, member: string, setting = false) => {
    const needed = apiSets.get(`${cls}.${member}`);
    if (!needed) return;
    const minor = setting ? (needed.setMinor ?? needed.minor) : needed.minor;
    if (profile.supports(needed.set, minor)) return;
    throw new RichApiError(
      'ApiNotFound',
      `The API you are trying to use could not be found: ${cls}.${member}${setting ? ' (set)' : ''} needs ${needed.set} 1.${minor}.`,
    );
  };

  const args = (info: ArgumentInfo | undefined): unknown[] =>
    (info?.Arguments ?? []).map((arg, i) => {
      const ref = info?.ReferencedObjectPathIds?.[i];
      if (typeof ref !== 'number' || ref === 0) return arg;
      const obj = resolve(ref);
      if (obj.isNull) throw new RichApiError('ItemNotFound', 'A null object was passed as an argument.');
      return obj;
    });

  const resolve = (id: number): HostObject => {
    const known = resolved.get(id);
    if (known) return known;
    const path = body.ObjectPaths[String(id)];
    if (!path) throw new RichApiError('InvalidArgument', `unknown object path ${id}`);
    let obj: HostObject;
    if (path.ObjectPathType === 1) obj = partition === 'WacPartition' ? new WacWorkbook(state) : new WorkbookObject(state);
    else if (path.ObjectPathType === 6) {
      const ref = state.references.get(path.Name);
      if (!ref) throw new RichApiError('InvalidObjectPath', `reference ${path.Name} is gone`);
      obj = ref;
    } else {
      const parent = resolve(path.ParentObjectPathId!);
      // A null object can be loaded (isNullObject), never navigated or called.
      if (parent.isNull) throw new RichApiError('ItemNotFound', `The object is a null object (${parent.cls}).`);
      const name = jsName(parent.cls, path.Name);
      if (path.ObjectPathType === 4) {
        requireApi(parent.cls, name);
        obj = parent.property(name);
      } else if (path.ObjectPathType === 3) {
        requireApi(parent.cls, name);
        const made = parent.method(name, args(path.ArgumentInfo));
        if (!(made instanceof HostObject)) throw new RichApiError('InvalidArgument', `${parent.cls}.${name} returns no object`);
        obj = made;
      } else if (path.ObjectPathType === 5) obj = parent.item(args(path.ArgumentInfo)[0]);
      else throw new RichApiError('InvalidArgument', `object path type ${path.ObjectPathType} is not modelled`);
    }
    resolved.set(id, obj);
    return obj;
  };

  for (const [index, action] of body.Actions.entries()) {
    try {
      results.push({ ActionId: action.Id, Value: perform(action) });
    } catch (e) {
      if (!(e instanceof RichApiError)) throw e;
      return {
        Results: results,
        Error: { Code: e.code, Message: e.message, HttpStatusCode: 400, Location: action.Name, ActionIndex: index },
      };
    }
  }
  return { Results: results };

  function perform(action: ActionInfo): unknown {
    const target = action.ActionType === 5 ? undefined : resolve(action.ObjectPathId);
    switch (action.ActionType) {
      case 1: {
        if (target!.isNull) return null;
        if (kept.has(action.ObjectPathId)) {
          const id = `ref-${++state.lastReference}`;
          state.references.set(id, target!);
          return { _ReferenceId: id };
        }
        return target!.key() !== undefined ? { _Id: target!.key() } : {};
      }
      case 2:
        return query(target!, action.QueryInfo?.Select ?? []);
      case 3: {
        if (action.Name === '_KeepReference') return null;
        if (target!.isNull) throw new RichApiError('ItemNotFound', `${target!.cls}.${camel(action.Name)} on a null object`);
        const name = jsName(target!.cls, action.Name);
        if (action.Name === '_RemoveReference' || action.Name === '_RemoveReferences') {
          [args(action.ArgumentInfo)[0]].flat().forEach((id) => state.references.delete(String(id)));
          return null;
        }
        if (!name.startsWith('_')) requireApi(target!.cls, name);
        const value = target!.method(name, args(action.ArgumentInfo));
        return value instanceof HostObject ? {} : (value ?? null);
      }
      case 4: {
        if (target!.isNull) throw new RichApiError('ItemNotFound', `${target!.cls}.${camel(action.Name)} on a null object`);
        const name = jsName(target!.cls, action.Name);
        requireApi(target!.cls, name, true);
        target!.set(name, args(action.ArgumentInfo)[0]);
        return null;
      }
      case 5:
        return null;
    }
    throw new RichApiError('InvalidArgument', `action type ${action.ActionType} is not modelled`);
  }

  /** `Select` entries are property paths: `values`, or through navigation `customOrNullObject/rule/formula`. */
  function query(obj: HostObject, select: string[]): unknown {
    if (obj.isNull) return null;
    const items = obj.items();
    if (items)
      return { _Items: items.map((item) => ({ ...(item.key() !== undefined ? { _Id: item.key() } : {}), ...fields(item, select) })) };
    return fields(obj, select);
  }

  function fields(obj: HostObject, select: string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const path of select) {
      const parts = path.split('/').map(camel);
      let target = obj;
      let into = out;
      for (const [i, part] of parts.entries()) {
        requireApi(target.cls, part);
        if (i === parts.length - 1) {
          into[pascal(part)] = target.get(part);
          break;
        }
        const child = target.property(part);
        if (child.isNull) {
          into[pascal(part)] = null;
          break;
        }
        into = (into[pascal(part)] ??= {}) as Record<string, unknown>;
        target = child;
      }
    }
    return out;
  }
}

/** Methods that change nothing in this workbook (PascalCase, as on the wire). */
const READ_ONLY = /^(?:Get|_|Select$|Activate$|Open$|CreateAndOpenWorkbook$)/;

/**
 * Whether a request changes the workbook: a property set, a method other than a read, or an
 * object made by `add`/`insert`. Excel keeps or clears its undo list by this (attach.ts).
 */
export function isWrite(body: RequestBody): boolean {
  return (
    body.Actions.some((a) => a.ActionType === 4 || (a.ActionType === 3 && !READ_ONLY.test(a.Name))) ||
    Object.values(body.ObjectPaths).some((p) => p.ObjectPathType === 3 && /^(?:Add|Insert)$/.test(p.Name))
  );
}
