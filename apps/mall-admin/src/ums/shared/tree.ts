/** A node of a tree answer: the row's fields plus its children (`[]` for a leaf). */
export type TreeNode<T> = T & { children: Array<TreeNode<T>> };

/**
 * Builds a forest from a flat list in one pass: roots are the items whose parent is 0, children keep
 * the order of the list, leaves get `children: []`. Items whose parent is missing or null are not
 * reachable from a root and are left out (the original did the same by walking down from the roots).
 */
export function buildTree<T extends { id: number }>(
  items: readonly T[],
  parentOf: (item: T) => number | null,
): Array<TreeNode<T>> {
  const nodes: Array<TreeNode<T>> = items.map((item) => ({ ...item, children: [] }));
  const childrenOf = new Map<number, Array<TreeNode<T>>>();
  for (const node of nodes) {
    const parent = parentOf(node);
    if (parent === null) continue;
    const siblings = childrenOf.get(parent);
    if (siblings) siblings.push(node);
    else childrenOf.set(parent, [node]);
  }
  for (const node of nodes) node.children = childrenOf.get(node.id) ?? [];
  return childrenOf.get(0) ?? [];
}
