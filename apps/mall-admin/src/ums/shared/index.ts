export { containsPattern, givenFields, hasKeyword } from './query-helpers';
export { buildTree, type TreeNode } from './tree';
