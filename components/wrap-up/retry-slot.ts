/** The id of the empty slot each question renders before itself, where "Try again" can place its note. */
export const retrySlotId = (questionId: string) => `${questionId}-retry`;
