export { RequestParam, requestParam } from './request-param.decorator';
export {
  IdListAllowEmptyPipe,
  OptionalStringPipe,
  RequiredIntPipe,
  RequiredStringPipe,
} from './param-pipes';
export { containsPattern, givenFields, hasKeyword } from './query-helpers';
export { buildTree, type TreeNode } from './tree';
