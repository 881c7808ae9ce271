import { describe, expect, it } from "vitest";
import { buildInterviewKit } from "./rapport.js";
import { FormState, forNewCandidate, initialState, loadState, saveState, STORAGE_KEY } from "./store.js";

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, String(value)),
  };
}

describe("the form's saved work", () => {
  it("comes back as it was saved, kit and answers included", () => {
    const storage = memoryStorage();
    const kit = buildInterviewKit({ role: "retail-associate", durationMinutes: 30, seed: 3 });
    const id = kit.questions[0]?.id ?? "";
    const state = { ...initialState("retail-associate"), kit, view: "interview" as const, work: { [id]: { answer: "I <b>helped</b>", rating: 4 as const } } };
    expect(saveState(storage, state)).toBeNull();
    const loaded = loadState(storage, "retail-associate");
    expect(loaded.problem).toBeUndefined();
    expect(loaded.state).toEqual(state);
  });

  it("sets aside saved work it cannot read, and says so", () => {
    const storage = memoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, view: "nowhere" }));
    const loaded = loadState(storage, "team-lead");
    expect(loaded.problem).toMatch(/could not be read/);
    expect(loaded.state.setup.role).toBe("team-lead");
    expect(storage.getItem(`${STORAGE_KEY}/unreadable`)).toContain("nowhere");
    storage.setItem(STORAGE_KEY, "{not json");
    expect(loadState(storage, "team-lead").problem).toMatch(/could not be read/);
  });

  it("reports a full storage instead of throwing", () => {
    const storage = { ...memoryStorage(), setItem: () => { throw new DOMException("full", "QuotaExceededError"); } };
    expect(saveState(storage, initialState("team-lead"))).toMatch(/could not save/i);
  });

  it("clears answers, ratings and the candidate for a new candidate, keeping the kit", () => {
    const kit = buildInterviewKit({ role: "retail-associate", durationMinutes: 30, seed: 3 });
    const state: FormState = { ...initialState("retail-associate"), kit, work: { a: { answer: "text", rating: 3 } } };
    const next = forNewCandidate(state);
    expect(next.work).toEqual({});
    expect(next.kit).toEqual(kit);
    expect(next.candidateId).not.toBe(state.candidateId);
    expect(next.view).toBe("interview");
  });
});
