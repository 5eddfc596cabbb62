import { createContext, useContext } from 'react';
import type { Model } from '../data/model.ts';

export const ModelContext = createContext<Model | null>(null);

export function useModel(): Model {
  const model = useContext(ModelContext);
  if (!model) throw new Error('useModel() outside <ModelContext.Provider>');
  return model;
}
