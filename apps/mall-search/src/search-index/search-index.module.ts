import { Module } from '@nestjs/common';
import { CatalogReader } from '../catalog/catalog-reader';
import { SearchIndexer } from '../catalog/search-indexer';
import { SEARCH_SETTINGS, searchSettingsProvider } from '../config/search-config';
import {
  catalogReaderProvider,
  SearchIndexLifecycle,
  searchIndexerProvider,
  searchRepositoryProvider,
} from './search-index.providers';
import { SEARCH_REPOSITORY } from './search-repository';

/** The search index in use (Elasticsearch or embedded) and what keeps it in step with the catalog. */
@Module({
  providers: [
    searchSettingsProvider,
    searchRepositoryProvider,
    catalogReaderProvider,
    searchIndexerProvider,
    SearchIndexLifecycle,
  ],
  exports: [SEARCH_SETTINGS, SEARCH_REPOSITORY, CatalogReader, SearchIndexer],
})
export class SearchIndexModule {}
