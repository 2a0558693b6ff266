import { screen } from '@testing-library/react';

/**
 * Finds a form's input by the text of its label (a part of it is enough), as a user finds the field.
 *
 * @param label The label text, or a part of it.
 *
 * @returns The input.
 */
export const labelledInput = (label: string): HTMLInputElement => screen.getByLabelText(label, { exact: false }) as HTMLInputElement;
