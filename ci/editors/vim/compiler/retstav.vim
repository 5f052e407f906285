" Vim compiler file for retstav, a Danish spelling checker.
" Install: copy to ~/.vim/compiler/retstav.vim (or add ci/editors/vim to
" 'runtimepath'), then  :compiler retstav  and  :make %  or  :make artikler/
" Columns are asked for in bytes, which is what Vim's quickfix list counts.

if exists('current_compiler')
  finish
endif
let current_compiler = 'retstav'

if exists(':CompilerSet') != 2
  command -nargs=* CompilerSet setlocal <args>
endif

let s:cpo_save = &cpo
set cpo&vim

CompilerSet makeprg=retstav\ --column-unit=byte
" FILE:LINE:COL: error|warning|note: MESSAGE [RULE]
CompilerSet errorformat=%f:%l:%c:\ %trror:\ %m,
                       \%f:%l:%c:\ %tarning:\ %m,
                       \%f:%l:%c:\ %tote:\ %m,
                       \%-G%.%#

let &cpo = s:cpo_save
unlet s:cpo_save
