/**
 * Features as numbers: each distinct feature string gets a column once, so training, folds and
 * every frame of a codebook work on small integer arrays instead of hashing strings again.
 */
export class FeatureSpace {
  private readonly columns = new Map<string, number>();
  readonly names: string[] = [];

  /** The columns of these features, new ones added to the space. */
  vector(features: readonly string[]): Int32Array {
    const vector = new Int32Array(features.length);
    features.forEach((feature, i) => {
      let column = this.columns.get(feature);
      if (column === undefined) {
        column = this.names.length;
        this.columns.set(feature, column);
        this.names.push(feature);
      }
      vector[i] = column;
    });
    return vector;
  }

  get size(): number {
    return this.names.length;
  }
}
