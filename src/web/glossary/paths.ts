export const GLOSSARY_PATH = '/glossaire';
export const ROUTING_MAP_PATH = '/glossaire/organigramme';

/** A category's sheet in the glossary. */
export const categorySheetPath = (categoryId: string) =>
  `${GLOSSARY_PATH}?${new URLSearchParams({ categorie: categoryId })}`;
