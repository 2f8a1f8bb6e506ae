export { seededRandom } from "../../../src/util/seeded-random.ts";
