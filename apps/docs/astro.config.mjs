// @ts-check
import preact from '@astrojs/preact';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { createStarlightTypeDocPlugin } from 'starlight-typedoc';

const repository = 'https://github.com/nkscreen/nkscreen';

// One plugin instance per package so each gets its own sidebar group and output folder.
const [coreTypeDoc, coreTypeDocSidebar] = createStarlightTypeDocPlugin();
const [datasetTypeDoc, datasetTypeDocSidebar] = createStarlightTypeDocPlugin();

// The API pages are generated from the published type declarations (dist/index.d.ts keeps the TSDoc),
// so they document exactly what an npm user imports.
const typeDocOptions = { disableSources: true, excludePrivate: true };

export default defineConfig({
  integrations: [
    starlight({
      title: 'nkscreen',
      description:
        'Open-source screening for companies linked to North Korean forced labour: a sourced dataset, a matcher, a CLI and a browser extension.',
      social: [{ icon: 'github', label: 'Source code', href: repository }],
      editLink: { baseUrl: `${repository}/edit/main/apps/docs/` },
      lastUpdated: false,
      customCss: ['./src/styles/custom.css'],
      plugins: [
        coreTypeDoc({
          entryPoints: ['../../packages/core/dist/index.d.ts'],
          tsconfig: './tsconfig.typedoc.json',
          output: 'api/core',
          sidebar: { label: 'API: @nkscreen/core', collapsed: true },
          typeDoc: { ...typeDocOptions, name: '@nkscreen/core' },
        }),
        datasetTypeDoc({
          entryPoints: ['../../packages/dataset/dist/index.d.ts'],
          tsconfig: './tsconfig.typedoc.json',
          output: 'api/dataset',
          sidebar: { label: 'API: @nkscreen/dataset', collapsed: true },
          typeDoc: { ...typeDocOptions, name: '@nkscreen/dataset' },
        }),
      ],
      sidebar: [
        {
          label: 'Guides',
          items: [
            { label: 'Shoppers: the browser extension', slug: 'guides/shopper' },
            { label: 'Analysts: screen a supplier list', slug: 'guides/analyst' },
            { label: 'Developers: the npm packages', slug: 'guides/developer' },
            { label: 'Researchers: add or correct an entity', slug: 'guides/researcher' },
            { label: 'At scale: yente and Aleph', slug: 'guides/yente-and-aleph' },
          ],
        },
        {
          label: 'Dataset',
          items: [
            { label: 'Explorer: every entity', link: '/entities/' },
            { label: 'Changelog', slug: 'dataset/changelog' },
          ],
        },
        {
          label: 'About',
          items: [
            { label: 'Methodology and measured accuracy', slug: 'methodology' },
            { label: 'Privacy', slug: 'privacy' },
          ],
        },
        coreTypeDocSidebar,
        datasetTypeDocSidebar,
      ],
    }),
    preact(),
  ],
});
