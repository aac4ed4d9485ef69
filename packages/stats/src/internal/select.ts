/**
 * Rearranges `a[lo..hi]` so that `a[k]` holds the value it would have if that range were sorted, with
 * smaller-or-equal values before it and larger-or-equal after it (Hoare's selection with a
 * median-of-three pivot, robust to many ties). Expected O(hi - lo).
 */
export function selectInPlace(a: Float64Array, k: number, lo: number, hi: number): void {
  let l = lo;
  let r = hi;
  while (r > l + 1) {
    const mid = (l + r) >>> 1;
    swap(a, mid, l + 1);
    if (a[l]! > a[r]!) swap(a, l, r);
    if (a[l + 1]! > a[r]!) swap(a, l + 1, r);
    if (a[l]! > a[l + 1]!) swap(a, l, l + 1);
    // a[l] <= a[l + 1] = pivot <= a[r]
    let i = l + 1;
    let j = r;
    const pivot = a[l + 1]!;
    for (;;) {
      do i++;
      while (a[i]! < pivot);
      do j--;
      while (a[j]! > pivot);
      if (j < i) break;
      swap(a, i, j);
    }
    a[l + 1] = a[j]!;
    a[j] = pivot;
    if (j >= k) r = j - 1;
    if (j <= k) l = i;
  }
  if (r === l + 1 && a[r]! < a[l]!) swap(a, l, r);
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}
