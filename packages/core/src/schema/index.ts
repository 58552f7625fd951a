// @kl-digital/core/schema: the dataset's schema and its validation, on their own, so that an
// element loads valibot only when it is given a dataset to check (`src` or `.dataset`).
export { DatasetSchema } from './dataset-schema.js';
export { crossCheck, formatIssues, validateDataset } from './validate-dataset.js';
export type { DatasetIssue, DatasetValidation } from './validate-dataset.js';
