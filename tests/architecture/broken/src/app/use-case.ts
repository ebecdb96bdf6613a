// Allowed: a use case on the domain.
import { rule } from '../domain/rule';

export const run = () => rule();
