/** Scalar column types of the lake, named after their Iceberg types. */
export type LakeScalarType = 'boolean' | 'int' | 'long' | 'double' | 'string' | 'timestamptz';

export interface LakeStructType {
  readonly kind: 'struct';
  readonly fields: readonly LakeColumn[];
}

export interface LakeListType {
  readonly kind: 'list';
  readonly element: LakeColumnType;
}

/** String keys to values of one type. OCSF 1.1.0 needs none today; kept for extensions. */
export interface LakeMapType {
  readonly kind: 'map';
  readonly value: LakeColumnType;
}

export type LakeColumnType = LakeScalarType | LakeStructType | LakeListType | LakeMapType;

/** One column of a lake table, or one field of a struct column. */
export interface LakeColumn {
  readonly name: string;
  readonly type: LakeColumnType;
  /** OCSF's description of the attribute, HTML stripped; absent for Tarn's own columns. */
  readonly description?: string;
  /**
   * The `string` values (or list elements) hold JSON text: an OCSF `json_t`, an object with no
   * defined attributes, `unmapped`, or an object cut off by the depth and recursion rules.
   */
  readonly json?: true;
}

/** One Iceberg table of namespace `ocsf`: the OCSF class it holds and its columns. */
export interface LakeTable {
  /** Table name, the class's snake-case name (`network_activity`). */
  readonly name: string;
  readonly classUid: number;
  readonly columns: readonly LakeColumn[];
}
