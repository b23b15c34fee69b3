// Flat ESLint config: type-aware rules, Nx module boundaries from project tags, Prettier last.
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/out-tsc/**',
      '**/node_modules/**',
      '.tarn/**',
      '.nx/**',
      '**/*.cjs',
      'apps/console/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { '@nx': nx },
    rules: {
      curly: ['error', 'all'],
      eqeqeq: ['error', 'always'],
      'no-console': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'separate-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Nest modules and TypeORM entities are classes by design.
      '@typescript-eslint/no-extraneous-class': 'off',
      // Nest declares its option bags as classes but documents passing object literals.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      'padding-line-between-statements': [
        'error',
        { blankLine: 'always', prev: '*', next: 'return' },
        { blankLine: 'always', prev: ['const', 'let'], next: 'block-like' },
      ],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: [
                'type:feature',
                'type:domain',
                'type:data-access',
                'type:util',
              ],
            },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:domain', 'type:data-access', 'type:util'],
            },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:util'] },
            {
              sourceTag: 'type:data-access',
              onlyDependOnLibsWithTags: ['type:data-access', 'type:util'],
            },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            {
              sourceTag: 'scope:gateway',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:gateway'],
            },
            {
              sourceTag: 'scope:worker',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:worker'],
            },
            { sourceTag: 'scope:cli', onlyDependOnLibsWithTags: ['scope:shared', 'scope:cli'] },
          ],
        },
      ],
    },
  },
  // Each outside technology stays inside the one lib that owns it.
  ...technologyOwnership({
    storage: ['minio'],
    metadata: ['typeorm', '@nestjs/typeorm', 'pg'],
  }),
  {
    files: ['**/*.spec.ts', '**/*.integration-spec.ts', '**/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // Build scripts are plain JavaScript outside any tsconfig: lint them without type information.
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: 'readonly', console: 'readonly' },
    },
    rules: { ...tseslint.configs.disableTypeChecked.rules, 'no-console': 'off' },
  },
  prettier,
);

/** One block banning every owned package, then one per owner lifting its own ban. */
function technologyOwnership(owners) {
  const bansExcept = (self) =>
    Object.entries(owners)
      .filter(([lib]) => lib !== self)
      .flatMap(([lib, packages]) =>
        packages.map((name) => ({
          name,
          message: `Use @tarn/${lib}: ${name} is only imported inside libs/${lib}.`,
        })),
      );

  return [
    {
      files: ['**/*.ts'],
      rules: { 'no-restricted-imports': ['error', { paths: bansExcept(null) }] },
    },
    ...Object.keys(owners).map((lib) => ({
      files: [`libs/${lib}/**/*.ts`],
      rules: { 'no-restricted-imports': ['error', { paths: bansExcept(lib) }] },
    })),
  ];
}
