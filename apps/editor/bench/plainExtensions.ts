/*
 * The editor app does not depend on these Tiptap packages (and may not gain dependencies); the schema
 * package does, so the benchmark page takes them from there, pinned to the same version.
 */
export { default as Bold } from '../../../packages/schema/node_modules/@tiptap/extension-bold'
export { default as Document } from '../../../packages/schema/node_modules/@tiptap/extension-document'
export { default as HardBreak } from '../../../packages/schema/node_modules/@tiptap/extension-hard-break'
export { default as Heading } from '../../../packages/schema/node_modules/@tiptap/extension-heading'
export { default as Italic } from '../../../packages/schema/node_modules/@tiptap/extension-italic'
export {
  BulletList,
  ListItem,
  OrderedList,
} from '../../../packages/schema/node_modules/@tiptap/extension-list'
export { default as Paragraph } from '../../../packages/schema/node_modules/@tiptap/extension-paragraph'
export { default as Text } from '../../../packages/schema/node_modules/@tiptap/extension-text'
