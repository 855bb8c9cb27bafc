/**
 * Where a case happened, in today's terms: reporters may name a province by its old name
 * (Phú Yên before the July 2025 merger) and officers route by today's province (Đắk Lắk).
 */
import type { Registry } from "../../kb/registry/registry.ts";

export interface ProvincePlace {
  id: string;
  name: string;
}

/** Resolves a province id or free text to today's province. */
export interface ProvinceLookup {
  today(provinceId: string | null, text: string | null): ProvincePlace | null;
}

/** The lookup over the agency/province registry (its successor data says which old province merged where). */
export function createRegistryProvinceLookup(registry: Pick<Registry, "province" | "resolveProvince" | "findProvinces">): ProvinceLookup {
  const todayOf = (id: string): ProvincePlace | null => {
    const province = registry.province(id);
    if (!province) return null;
    return province.today ? { id: province.today.provinceId, name: province.today.name } : { id: province.id, name: province.name };
  };
  return {
    today(provinceId, text) {
      if (provinceId) return todayOf(provinceId);
      if (!text) return null;
      const direct = registry.resolveProvince(text);
      if (direct) return todayOf(direct.id);
      // The last province named is usually the widest place ("xã Hòa Bình, tỉnh Phú Yên").
      const mentions = registry.findProvinces(text);
      const last = mentions[mentions.length - 1];
      return last ? todayOf(last.province.id) : null;
    },
  };
}
